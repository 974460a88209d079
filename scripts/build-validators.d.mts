// Types of scripts/build-validators.mjs (for tests that regenerate the validators in memory).
/** Path of the generated module, relative to the package root. */
export declare const OUTPUT: string;
/** Export name of each validator -> schema file, relative to the package root. */
export declare const SCHEMAS: Readonly<Record<'validateTrafficPolicy' | 'validateAgentConfig' | 'validateCloudEndpoint', string>>;
/** The text of the generated module (reads the schemas, writes nothing). */
export declare function generateValidatorsSource(): string;
