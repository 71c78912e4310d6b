/** One value per request (DataLoaders, say), kept by the request object's identity so it goes with the request. */
export class PerRequest<T> {
  private readonly values = new WeakMap<object, T>();

  constructor(private readonly create: () => T) {}

  for(request: object): T {
    let value = this.values.get(request);
    if (value === undefined) this.values.set(request, (value = this.create()));
    return value;
  }
}
