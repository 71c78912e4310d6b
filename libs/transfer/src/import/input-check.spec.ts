import { checkInput, flattenValidationErrors } from '@crossroads/core';
import { ProjectInput } from '@crossroads/coproduction';
import { CompanyInput, PersonInput, SchoolInput } from '@crossroads/directory';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync } from 'class-validator';

/** Values of every shape and size, valid for some fields and not for others. */
const VALUES: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'Léa',
  'lea-dupre',
  'x'.repeat(81),
  'x'.repeat(5001),
  'lea@example.org',
  'not an email',
  'https://lea.example',
  'ftp://lea.example',
  'FR',
  'fr',
  '59000',
  '+33 6 12 34 56 78',
  '2024-02-30',
  '2024-01-15',
  '8f1c2a4e-9b7d-4c1e-8a2f-3d5e6f7a8b9c',
  0,
  -1,
  1.5,
  2000,
  1e9,
  true,
  [],
  ['x'],
  ['DIRECTOR', 'TECHNICIAN'],
  ['NOPE'],
  ['a'.repeat(100)],
  Array.from({ length: 40 }, (_, i) => `s${i}`),
  [1, 2],
  [{}],
  ['fr'],
  [
    { language: 'fr', level: 'NATIVE' },
    { language: 'en', level: 'FLUENT' },
  ],
  [{ language: 'french', level: 'NOPE' }, 'fr'],
  Array.from({ length: 13 }, () => ({ language: 'fr', level: 'NATIVE' })),
  [{ title: '', year: 1700, format: 'FILM' }],
  [{ startsOn: '2024-01-01', endsOn: 'soon' }],
  {},
  { email: 'PUBLIC', phone: 'NOPE' },
];

const valid: Record<string, object> = {
  PersonInput: { firstName: 'Léa', lastName: 'Dupré', email: 'lea@example.org' },
  CompanyInput: { name: 'Studio Nord', city: 'Lille', country: 'FR' },
  SchoolInput: { name: 'École Nord', city: 'Lille' },
  ProjectInput: { title: 'Les Dunes', format: 'FEATURE_FILM', stage: 'WRITING' },
};

function classValidator(type: new () => object, plain: object) {
  const instance = plainToInstance(type, plain);
  const problems = flattenValidationErrors(
    validateSync(instance, { whitelist: true, forbidUnknownValues: false }),
  );
  return { problems, instance: { ...instance } };
}

function compiled(type: new () => object, plain: object) {
  const instance = plainToInstance(type, plain);
  return { problems: checkInput(instance), instance: { ...instance } };
}

describe.each([PersonInput, CompanyInput, SchoolInput, ProjectInput])('checkInput(%p)', (type) => {
  const properties = [
    ...new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(type, '', false, false)
        .map((m) => m.propertyName),
    ),
  ];

  it('reports what class-validator reports, field by field, for values of every shape', () => {
    let compared = 0;
    for (const property of properties) {
      for (const value of VALUES) {
        const plain = { ...valid[type.name], [property]: value, notAField: 'dropped' };
        expect({ property, value, ...compiled(type, plain) }).toEqual({
          property,
          value,
          ...classValidator(type, plain),
        });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('reports every problem of a row wrong in many fields at once, in the same order', () => {
    const plain = Object.fromEntries(
      properties.map((property, i) => [property, VALUES[(i * 7) % VALUES.length]]),
    );
    const expected = classValidator(type, plain);
    expect(expected.problems.length).toBeGreaterThan(3);
    expect(compiled(type, plain)).toEqual(expected);
  });
});
