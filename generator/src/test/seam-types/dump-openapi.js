// Writes the OpenAPI document of each installed @seamapi/types version as <version>.json.
// The package publishes it as a JavaScript module (lib/seam/connect/openapi.js), not as JSON.
const fs = require('fs')
const path = require('path')

const out = process.argv[2]
fs.mkdirSync(out, { recursive: true })
for (const dir of fs.readdirSync(path.join(__dirname, 'node_modules'))) {
  const match = /^seam-types-(.+)$/.exec(dir)
  if (!match) continue
  const module = require(path.join(__dirname, 'node_modules', dir, 'lib/seam/connect/openapi.js'))
  fs.writeFileSync(path.join(out, match[1] + '.json'), JSON.stringify(module.default ?? module))
}
