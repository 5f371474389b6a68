// Writes the OpenAPI document of the installed @seamapi/types to the file given as argument.
// The package publishes it as a JavaScript module (lib/seam/connect/openapi.js), not as JSON.
const fs = require('fs')
const path = require('path')

const openapi = require(path.join(__dirname, 'node_modules/@seamapi/types/lib/seam/connect/openapi.js'))
fs.writeFileSync(process.argv[2], JSON.stringify(openapi.default ?? openapi))
