#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// check-w3c.js SCHEMAS FILE — validates a W3C Web Annotation export with
// ajv (JSON Schema draft-04) against the W3C test suite's MUST
// assertions: the collection against collectionMusts.test, each of its
// annotations against annotationMusts.test; and each linking annotation
// (a relation) links two annotations of the file. Prints each failure
// and exits 1 when there is one.

'use strict';

const fs = require('fs');
const path = require('path');
const Ajv = require('ajv');

const [schemas, file] = process.argv.slice(2);
if (!schemas || !file) {
  console.error('usage: check-w3c.js SCHEMAS FILE');
  process.exit(2);
}

const ajv = new Ajv({ schemaId: 'auto', allErrors: true, format: 'full', logger: false });
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
for (const name of fs.readdirSync(path.join(schemas, 'definitions')))
  ajv.addSchema(JSON.parse(fs.readFileSync(path.join(schemas, 'definitions', name), 'utf8')));

function assertions(test) {
  const list = JSON.parse(fs.readFileSync(path.join(schemas, test), 'utf8')).assertions;
  return list.map((name) => {
    const schema = JSON.parse(fs.readFileSync(path.join(schemas, name), 'utf8'));
    return { name, schema, validate: ajv.compile(schema) };
  });
}

let failures = 0;
function check(what, data, list) {
  for (const { name, schema, validate } of list) {
    const valid = validate(data);
    if (valid !== (schema.expectedResult !== 'invalid')) {
      failures++;
      console.log(`${what}: ${name}: ${schema.errorMessage || ajv.errorsText(validate.errors)}`);
    }
  }
}

// A linking annotation (a relation) must link annotations of the file:
// each target that is an IRI, and its hashiya:source and hashiya:target,
// the id of one of them, and it links two.
function checkLinks(annotations) {
  const ids = new Set(annotations.map((annotation) => annotation.id));
  annotations.forEach((annotation, i) => {
    const motivation = [].concat(annotation.motivation || []);
    if (!motivation.includes('linking'))
      return;
    const targets = [].concat(annotation.target || []);
    const links = targets.filter((target) => typeof target === 'string')
      .concat([annotation['hashiya:source'], annotation['hashiya:target']].filter((iri) => iri !== undefined));
    if (targets.filter((target) => typeof target === 'string').length !== 2) {
      failures++;
      console.log(`annotation ${i + 1}: linking: it links ${targets.filter((target) => typeof target === 'string').length} annotations, not 2`);
    }
    for (const iri of links) {
      if (!ids.has(iri)) {
        failures++;
        console.log(`annotation ${i + 1}: linking: “${iri}” is no annotation of the file`);
      }
    }
  });
}

const data = JSON.parse(fs.readFileSync(file, 'utf8'));
let annotations = [data];
if (data.type === 'AnnotationCollection') {
  check('the collection', data, assertions('collections/collectionMusts.test'));
  annotations = (data.first && data.first.items) || [];
}
const musts = assertions('annotations/annotationMusts.test');
annotations.forEach((annotation, i) => check(`annotation ${i + 1}`, annotation, musts));
checkLinks(annotations);
const links = annotations.filter((annotation) => [].concat(annotation.motivation || []).includes('linking')).length;

console.log(`${file}: ${annotations.length} annotations (${links} linking), ${musts.length} MUST assertions each: ` +
            `${failures} failures`);
process.exit(failures > 0 ? 1 : 0);
