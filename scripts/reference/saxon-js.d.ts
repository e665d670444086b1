/** The part of the SaxonJS 2.7 API the reference runner uses (the package ships no types). */
declare module 'saxon-js' {
  interface TransformOptions {
    stylesheetInternal?: unknown;
    stylesheetText?: string;
    sourceText?: string;
    destination?: 'serialized' | 'raw' | 'document';
    stylesheetParams?: Record<string, unknown>;
  }
  interface TransformResult {
    principalResult: unknown;
  }
  interface SaxonJSApi {
    transform(options: TransformOptions, mode: 'sync'): TransformResult;
    getProcessorInfo(): { productVersion: string };
    XPath: {
      evaluate(xpath: string, context: unknown, options?: { params?: Record<string, unknown> }): unknown;
    };
  }
  const SaxonJS: SaxonJSApi;
  export default SaxonJS;
}
