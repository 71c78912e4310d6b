// jsdom without the Fetch API: react-router's data routers build Request objects on every navigation. Node's own
// classes are lent to the window (with Node's AbortController, which Request insists on).
const { TestEnvironment } = require('jest-environment-jsdom');

class JsdomWithFetch extends TestEnvironment {
  constructor(...args) {
    super(...args);
    Object.assign(this.global, {
      fetch,
      Request,
      Response,
      Headers,
      FormData,
      AbortController,
      AbortSignal,
      TextEncoder,
      TextDecoder,
      ReadableStream,
    });
  }
}

module.exports = JsdomWithFetch;
