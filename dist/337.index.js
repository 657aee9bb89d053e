export const id = 337;
export const ids = [337];
export const modules = {

/***/ 65760:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ociCommand: () => (/* binding */ ociCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _helm_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38782);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31517);
/* harmony import */ var _sources_oci_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97308);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99661);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43446);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(92453);
/* harmony import */ var _helm_flags_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(32486);








const ociCommand = {
    name: 'oci',
    summary: 'oci push: push the project as an OCI artifact that kluctl and shipshape can include',
    details: [
        'Usage: shipshape oci push --url oci://REGISTRY/REPOSITORY[:TAG] [--project-dir DIR]',
        '',
        'Packs the project directory the way `kluctl oci push` does (every file and directory except',
        ".git and what .gitignore files exclude, no symbolic links) and pushes it in kluctl's artifact",
        'format (config application/vnd.io.kluctl.config.v1+json, content',
        'application/vnd.io.kluctl.content.v1.tar+gzip). Include it with `oci: {url, ref: {tag|digest}}`.',
        'Credentials: KLUCTL_REGISTRY_* variables, --registry-* flags, docker login.',
    ].join('\n'),
    flags: [
        {
            name: 'project-dir',
            kind: 'string',
            metavar: 'DIR',
            help: 'project directory (default: current directory)',
        },
        {
            name: 'url',
            kind: 'string',
            metavar: 'oci://REGISTRY/REPOSITORY[:TAG]',
            help: 'where to push (required; tag default latest)',
        },
        {
            name: 'annotation',
            kind: 'list',
            metavar: 'KEY=VALUE',
            help: 'an OCI annotation for the manifest',
        },
        {
            name: 'output',
            short: 'o',
            kind: 'string',
            metavar: 'json|yaml',
            help: 'print url, repository, tag and digest in this format',
        },
        ..._helm_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .helmCredentialFlags */ .pT.filter((f) => f.name.startsWith('registry-')),
    ],
    async run(args, io) {
        const [sub, ...rest] = args.positionals;
        if (sub !== 'push' || rest.length)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('the oci command has one subcommand: oci push --url oci://…');
        const url = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(args, 'url');
        if (!url)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('oci push needs --url oci://REGISTRY/REPOSITORY[:TAG]');
        const output = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(args, 'output');
        if (output !== undefined && output !== 'json' && output !== 'yaml')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`-o/--output must be json or yaml, got "${output}"`);
        const annotations = {};
        for (const a of (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .list */ .p_)(args, 'annotation')) {
            const kv = a.split('=');
            if (kv.length !== 2)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`invalid annotation ${a}, must be in the format key=value`);
            annotations[kv[0]] = kv[1];
        }
        const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd, (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(args, 'project-dir') ?? '.');
        const credentials = await (0,_helm_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .loadOciCredentials */ .oF)(io.env, (0,_helm_flags_js__WEBPACK_IMPORTED_MODULE_7__/* .helmCredentialOptions */ .gi)(args));
        const registry = new _registry_client_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryClient */ .b({ credentials, env: io.env });
        try {
            const result = await (0,_sources_oci_js__WEBPACK_IMPORTED_MODULE_3__/* .pushArtifact */ .Xi)(registry, url, dir, { annotations, env: io.env });
            if (output === 'json')
                io.stdout((0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .logSafeJson */ .C5)(`${JSON.stringify(result, null, 2)}\n`));
            else if (output === 'yaml')
                io.stdout((0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_5__/* .logSafeYaml */ .NJ)(result));
            else
                io.stderr(`artifact successfully pushed to ${result.url}\n`);
            if (!output)
                io.stdout(`${result.url}\n`);
        }
        finally {
            await registry.close();
        }
        return 0;
    },
};


/***/ }),

/***/ 2529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ outputFormat),
/* harmony export */   Dx: () => (/* binding */ renderOptions),
/* harmony export */   FI: () => (/* binding */ projectFlags),
/* harmony export */   GY: () => (/* binding */ renderFlags),
/* harmony export */   Y0: () => (/* binding */ outputFlag)
/* harmony export */ });
/* unused harmony exports cacheFlags, imageFlags, inclusionFlags */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99661);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92453);
/* harmony import */ var _helm_flags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32486);




// kluctl's flag names, so commands and muscle memory carry over.
const projectFlags = [
    {
        name: 'project-dir',
        kind: 'string',
        metavar: 'DIR',
        help: 'project directory (default: current directory)',
    },
    {
        name: 'target',
        short: 't',
        kind: 'string',
        metavar: 'NAME',
        help: 'target to render (required when the project defines targets)',
    },
    {
        name: 'target-name-override',
        short: 'T',
        kind: 'string',
        metavar: 'NAME',
        help: 'rename the target (the one chosen with -t, or the no-name target) to NAME',
    },
    {
        name: 'arg',
        short: 'a',
        kind: 'list',
        metavar: 'NAME=VALUE',
        help: 'deployment argument; VALUE is YAML, a.b=v nests, @file reads a file',
    },
    {
        name: 'args-from-file',
        kind: 'list',
        metavar: 'FILE',
        help: 'YAML file whose top-level keys become arguments',
    },
    {
        name: 'discriminator',
        kind: 'string',
        metavar: 'TEXT',
        help: "override the target's discriminator",
    },
    {
        name: 'allow-env',
        kind: 'list',
        metavar: 'NAME',
        help: 'let systemEnvVars read this variable although its name says it is a secret (NAME or PREFIX_*)',
    },
];
/** The render cache (src/render/cache). */
const cacheFlags = [
    {
        name: 'cache-dir',
        kind: 'string',
        metavar: 'DIR',
        help: 'keep what kustomize built for each item here and reuse it in later runs when nothing the item reads changed (new or empty directory, or one an earlier run made)',
    },
];
const imageFlags = [
    {
        name: 'fixed-image',
        short: 'F',
        kind: 'list',
        metavar: 'IMAGE[:NS[:KIND/NAME[:CONTAINER]]]=RESULT',
        help: 'pin an image',
    },
    {
        name: 'fixed-images-file',
        kind: 'list',
        metavar: 'FILE',
        help: 'YAML file with an `images` list of fixed images',
    },
    {
        name: 'update-images',
        short: 'u',
        kind: 'bool',
        help: 'get_image() without a fixed image takes the newest registry tag even when the object is deployed (with -I: only for those items)',
    },
];
const inclusionFlags = [
    {
        name: 'include-tag',
        short: 'I',
        kind: 'list',
        metavar: 'TAG',
        help: 'only items with this tag',
    },
    {
        name: 'exclude-tag',
        short: 'E',
        kind: 'list',
        metavar: 'TAG',
        help: 'skip items with this tag',
    },
    {
        name: 'include-deployment-dir',
        kind: 'list',
        metavar: 'DIR',
        help: 'only the item in this directory (relative to the project)',
    },
    {
        name: 'exclude-deployment-dir',
        kind: 'list',
        metavar: 'DIR',
        help: 'skip the item in this directory',
    },
];
/**
 * Every flag of a command that renders a project. With `multiTarget` (the help text for
 * -t), -t may be repeated and defaults to every target.
 */
function renderFlags(multiTarget) {
    const project = multiTarget
        ? projectFlags.map((f) => f.name === 'target' ? { ...f, kind: 'list', help: multiTarget } : f)
        : projectFlags;
    return [...project, ...imageFlags, ...inclusionFlags, ...cacheFlags, ..._helm_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .helmCredentialFlags */ .pT];
}
function outputFlag(formats, dflt) {
    return {
        name: 'output',
        short: 'o',
        kind: 'string',
        metavar: formats.join('|'),
        help: `output format (default ${dflt})`,
    };
}
function outputFormat(p, formats, dflt) {
    const v = ((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(p, 'output') ?? dflt);
    if (!formats.includes(v))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`-o/--output must be one of ${formats.join(', ')}, got "${v}"`);
    return v;
}
/** Every file/dir flag is relative to the working directory, as in kluctl. */
function renderOptions(p, io) {
    const abs = (f) => node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd, f);
    return {
        projectDir: abs((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(p, 'project-dir') ?? '.'),
        // Multi-target commands read -t themselves (see renderFlags).
        target: typeof p.values.target === 'string' ? p.values.target : undefined,
        targetNameOverride: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(p, 'target-name-override'),
        args: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(p, 'arg'),
        argsFiles: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(p, 'args-from-file').map(abs),
        discriminator: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(p, 'discriminator'),
        fixedImages: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(p, 'fixed-image'),
        fixedImagesFiles: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(p, 'fixed-images-file').map(abs),
        includeTags: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(p, 'include-tag'),
        excludeTags: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(p, 'exclude-tag'),
        includeDeploymentDirs: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(p, 'include-deployment-dir'),
        excludeDeploymentDirs: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(p, 'exclude-deployment-dir'),
        cwd: io.cwd,
        env: io.env,
        allowEnv: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .list */ .p_)(p, 'allow-env'),
        log: (line) => io.stderr(`${line}\n`),
        helmCredentials: (0,_helm_flags_js__WEBPACK_IMPORTED_MODULE_3__/* .helmCredentialOptions */ .gi)(p),
        updateImages: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc)(p, 'update-images'),
        cacheDir: (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(p, 'cache-dir') === undefined ? undefined : abs((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx)(p, 'cache-dir')),
    };
}


/***/ }),

/***/ 32486:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gi: () => (/* binding */ helmCredentialOptions),
/* harmony export */   lB: () => (/* binding */ runChartCommand),
/* harmony export */   pT: () => (/* binding */ helmCredentialFlags)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _helm_chart_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17959);
/* harmony import */ var _util_log_safe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43446);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92453);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2529);





// kluctl's Helm and registry credential flags. Like kluctl (skipenv), they are never read
// from KLUCTL_* variables: KLUCTL_HELM_USERNAME and friends are credential sets of their own.
const helm = (name, metavar, help) => ({
    name,
    kind: 'list',
    metavar,
    help,
    skipEnv: true,
});
const helmCredentialFlags = [
    helm('helm-username', 'HOST[/PATH]=USER', 'user name for a Helm chart repository'),
    helm('helm-password', 'HOST[/PATH]=PASSWORD', 'password for a Helm chart repository'),
    helm('helm-creds', 'HOST[/PATH]=USER:PASSWORD', 'user name and password for a Helm chart repository'),
    helm('helm-key-file', 'HOST[/PATH]=FILE', 'client key for a Helm chart repository'),
    helm('helm-cert-file', 'HOST[/PATH]=FILE', 'client certificate for a Helm chart repository'),
    helm('helm-ca-file', 'HOST[/PATH]=FILE', 'CA bundle for a Helm chart repository'),
    helm('helm-insecure-skip-tls-verify', 'HOST[/PATH]', 'skip TLS verification for a Helm chart repository'),
    helm('registry-username', 'REGISTRY[/REPO]=USER', 'user name for an OCI registry'),
    helm('registry-password', 'REGISTRY[/REPO]=PASSWORD', 'password for an OCI registry'),
    helm('registry-creds', 'REGISTRY[/REPO]=USER:PASSWORD|TOKEN', 'credentials for an OCI registry'),
    helm('registry-identity-token', 'REGISTRY[/REPO]=TOKEN', 'identity (refresh) token for an OCI registry'),
    helm('registry-token', 'REGISTRY[/REPO]=TOKEN', 'bearer token for an OCI registry'),
    helm('registry-key-file', 'REGISTRY[/REPO]=FILE', 'client key for an OCI registry'),
    helm('registry-cert-file', 'REGISTRY[/REPO]=FILE', 'client certificate for an OCI registry'),
    helm('registry-ca-file', 'REGISTRY[/REPO]=FILE', 'CA bundle for an OCI registry'),
    helm('registry-plain-http', 'REGISTRY[/REPO]', 'use plain HTTP for an OCI registry'),
    helm('registry-insecure-skip-tls-verify', 'REGISTRY[/REPO]', 'skip TLS verification for an OCI registry'),
];
function helmCredentialOptions(p) {
    return {
        helmUsername: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'helm-username'),
        helmPassword: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'helm-password'),
        helmCreds: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'helm-creds'),
        helmKeyFile: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'helm-key-file'),
        helmCertFile: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'helm-cert-file'),
        helmCaFile: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'helm-ca-file'),
        helmInsecureSkipTlsVerify: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'helm-insecure-skip-tls-verify'),
        registryUsername: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'registry-username'),
        registryPassword: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'registry-password'),
        registryCreds: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'registry-creds'),
        registryIdentityToken: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'registry-identity-token'),
        registryToken: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'registry-token'),
        registryKeyFile: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'registry-key-file'),
        registryCertFile: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'registry-cert-file'),
        registryCaFile: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'registry-ca-file'),
        registryPlainHttp: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'registry-plain-http'),
        registryInsecureSkipTlsVerify: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(p, 'registry-insecure-skip-tls-verify'),
    };
}
/**
 * The run of a command that works on every chart of a project (helm-pull, helm-update):
 * chart sources opened with the credential flags and closed afterwards, the report printed
 * as JSON or text; exit code 1 when any chart failed.
 */
async function runChartCommand(args, io, work, printText) {
    const format = (0,_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .outputFormat */ .B$)(args, ['text', 'json'], 'text');
    const sources = await (0,_helm_chart_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .openChartSources */ .vc)(io.env, helmCredentialOptions(args));
    for (const w of sources.warnings)
        io.stderr(`warning: ${w}\n`);
    let report;
    try {
        report = await work({
            projectDir: node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd, (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(args, 'project-dir') ?? '.'),
            sources,
            log: (line) => io.stderr(`${line}\n`),
        });
    }
    finally {
        await sources.close();
    }
    if (format === 'json')
        io.stdout((0,_util_log_safe_js__WEBPACK_IMPORTED_MODULE_2__/* .logSafeJson */ .C5)(`${JSON.stringify(report, null, 2)}\n`));
    else
        printText(report, io);
    return report.errors.length ? 1 : 0;
}


/***/ }),

/***/ 70370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}


/***/ })

};
