// Types of scripts/build-validators.mjs (for tests that regenerate the validators in memory).
/** Path of the main generated module (Traffic Policy validator, formats, hints), relative to the package root. */
export declare const OUTPUT: string;
/** Path of each generated module by the validator it exports, relative to the package root. */
export declare const OUTPUTS: Readonly<Record<'validateTrafficPolicy' | 'validateAgentConfig' | 'validateCloudEndpoint', string>>;
/** Export name of each validator -> schema file, relative to the package root. */
export declare const SCHEMAS: Readonly<Record<'validateTrafficPolicy' | 'validateAgentConfig' | 'validateCloudEndpoint', string>>;
/** The text of every generated module, by path (reads the schemas, writes nothing). */
export declare function generateValidatorModules(): Record<string, string>;
/** The text of the main generated module (reads the schemas, writes nothing). */
export declare function generateValidatorsSource(): string;
