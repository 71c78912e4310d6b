import { getMetadataStorage, ValidationArguments, ValidationTypes } from 'class-validator';
import type { FieldProblem } from './app-error';

type Metadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];
type Constraint = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidatorConstraints']>[number];

/** One decorator's check of a property, with the constraint that runs it. */
interface Rule {
  metadata: Metadata;
  constraint: Constraint;
}

/** What class-validator does with one property, read from its metadata once. */
interface PropertyChecks {
  name: string;
  conditions: Metadata[];
  defined: Rule[];
  custom: Rule[];
  nested: Metadata[];
}

interface ClassChecks {
  properties: PropertyChecks[];
  allowed: ReadonlySet<string>;
}

type Class = abstract new (...args: never[]) => object;

const compiled = new Map<Class, ClassChecks>();

function rules(metadatas: Metadata[]): Rule[] {
  const storage = getMetadataStorage();
  return metadatas.flatMap((metadata) =>
    storage
      .getTargetValidatorConstraints(metadata.constraintCls)
      .map((constraint) => ({ metadata, constraint })),
  );
}

/** A class's decorators grouped by property, as class-validator's executor groups them on every call. */
function compile(type: Class): ClassChecks {
  const known = compiled.get(type);
  if (known) return known;
  const storage = getMetadataStorage();
  const grouped = storage.groupByPropertyName(storage.getTargetValidationMetadatas(type, '', false, false));
  const properties = Object.entries(grouped).map(([name, metadatas]) => {
    const of = (kind: string) => metadatas.filter((metadata) => metadata.type === kind);
    if (of(ValidationTypes.PROMISE_VALIDATION).length)
      throw new Error(`${type.name}.${name}: @ValidatePromise is not supported by checkInput`);
    return {
      name,
      conditions: of(ValidationTypes.CONDITIONAL_VALIDATION),
      defined: rules(of(ValidationTypes.IS_DEFINED)),
      custom: rules(of(ValidationTypes.CUSTOM_VALIDATION)),
      nested: of(ValidationTypes.NESTED_VALIDATION),
    };
  });
  const checks = { properties, allowed: new Set(Object.keys(grouped)) };
  compiled.set(type, checks);
  return checks;
}

/** class-validator's message tokens ($constraint1, $value, $property, $target). */
function message(template: Metadata['message'] | undefined, args: ValidationArguments): string {
  let text = typeof template === 'function' ? template(args) : (template ?? '');
  if (!text) return text;
  (args.constraints ?? []).forEach((constraint: unknown, index: number) => {
    const shown = Array.isArray(constraint)
      ? constraint.join(', ')
      : typeof constraint === 'symbol'
        ? String(constraint.description)
        : `${constraint as string}`;
    text = text.replace(new RegExp(`\\$constraint${index + 1}`, 'g'), shown);
  });
  if (['string', 'boolean', 'number'].includes(typeof args.value))
    text = text.replace(/\$value/g, String(args.value));
  return text.replace(/\$property/g, args.property).replace(/\$target/g, args.targetName);
}

const isCollection = (value: unknown): value is unknown[] | Set<unknown> | Map<unknown, unknown> =>
  Array.isArray(value) || value instanceof Set || value instanceof Map;

const itemsOf = (value: unknown[] | Set<unknown> | Map<unknown, unknown>): unknown[] =>
  value instanceof Map ? [...value.values()] : [...value];

function runRules(object: object, value: unknown, list: Rule[], failed: Record<string, string>): void {
  for (const { metadata, constraint } of list) {
    if (metadata.validateIf && !metadata.validateIf(object, value)) continue;
    // validateSync skips asynchronous constraints too.
    if (constraint.async) continue;
    const args: ValidationArguments = {
      targetName: object.constructor?.name,
      property: metadata.propertyName,
      object,
      value,
      constraints: metadata.constraints,
    };
    const results =
      metadata.each && isCollection(value)
        ? itemsOf(value).map((item) => constraint.instance.validate(item, args))
        : [constraint.instance.validate(value, args)];
    if (results.some((result) => result instanceof Promise) || results.every(Boolean)) continue;
    const template =
      metadata.message ||
      (typeof constraint.instance.defaultMessage === 'function'
        ? constraint.instance.defaultMessage(args)
        : '');
    failed[constraint.name || metadata.type] = message(template, args);
  }
}

/** One property (or list item) checked: its own failed constraints first, then its children's, as flattened. */
function checkValue(
  object: object,
  value: unknown,
  field: string,
  checks: Omit<PropertyChecks, 'name'>,
  problems: FieldProblem[],
): void {
  if (!checks.conditions.every((condition) => condition.constraints[0](object, value))) return;
  const failed: Record<string, string> = {};
  const children: FieldProblem[] = [];
  runRules(object, value, checks.defined, failed);
  runRules(object, value, checks.custom, failed);
  if (value !== undefined) {
    for (const metadata of checks.nested) {
      if (isCollection(value)) {
        itemsOf(value).forEach((item, index) =>
          checkValue(
            value,
            item,
            `${field}.${index}`,
            { conditions: [], defined: [], custom: [], nested: [metadata] },
            children,
          ),
        );
      } else if (value instanceof Object) {
        checkObject(value, `${field}.`, children);
      } else {
        const target = metadata.target as { constructor?: { name: string } };
        failed[metadata.type] = message(metadata.message, {
          targetName: target.constructor?.name ?? '',
          property: metadata.propertyName,
          object: metadata.target as object,
          value,
          constraints: metadata.constraints,
        });
      }
    }
  }
  for (const text of Object.values(failed)) problems.push({ field, message: text });
  problems.push(...children);
}

function checkObject(object: object, prefix: string, problems: FieldProblem[]): void {
  const checks = compile(object.constructor as Class);
  const record = object as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!checks.allowed.has(key)) delete record[key];
  for (const property of checks.properties)
    checkValue(object, record[property.name], `${prefix}${property.name}`, property, problems);
}

/**
 * What `validateSync(instance, { whitelist: true, forbidUnknownValues: false })` reports, flattened to one problem
 * per failed constraint (`languages.0.level`), with the same decorators, constraints and messages: the class's
 * metadata is read once per class instead of on every call, which is most of class-validator's cost on an
 * import's hundred thousand rows. Strips undecorated properties like `whitelist`.
 */
export function checkInput(instance: object): FieldProblem[] {
  const problems: FieldProblem[] = [];
  checkObject(instance, '', problems);
  return problems;
}
