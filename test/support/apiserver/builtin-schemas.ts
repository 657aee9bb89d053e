/**
 * Schemas of the built-in kinds, transcribed from the Kubernetes API reference
 * (https://kubernetes.io/docs/reference/kubernetes-api/) markers: `+listType`, `+listMapKey`,
 * `+mapType=atomic`, `+structType=atomic`, `patchStrategy`/`patchMergeKey`.
 * Only object-valued fields need listing: scalars behave the same either way, and a field we
 * do not list is treated as untyped (kept, granular maps, atomic lists).
 */
import {
  atomic,
  atomicMap,
  atomicStruct,
  mapList,
  root,
  setList,
  stringMap,
  struct,
  untyped,
  type MapSchema,
  type Schema,
} from './schema.js';

export const objectMeta = struct({
  labels: stringMap(),
  annotations: stringMap(),
  finalizers: setList(),
  ownerReferences: mapList(['uid'], struct()),
  managedFields: atomic,
});

const labelSelector = atomicStruct();
const conditions = mapList(['type'], struct());
const resourceList = stringMap;

const keySelector = atomicStruct();
const envVar = struct({
  valueFrom: struct({
    configMapKeyRef: keySelector,
    secretKeyRef: keySelector,
    fieldRef: keySelector,
    resourceFieldRef: keySelector,
  }),
});
const handler = struct({
  exec: struct({ command: atomic }),
  httpGet: struct({ httpHeaders: atomic }),
  tcpSocket: struct(),
  grpc: struct(),
  sleep: struct(),
});
const probe = handler;
const resources = struct({
  limits: resourceList(),
  requests: resourceList(),
  claims: mapList(['name'], struct()),
});
const seccomp = struct();
const containerSecurityContext = struct({
  capabilities: struct({ add: atomic, drop: atomic }),
  seLinuxOptions: struct(),
  windowsOptions: struct(),
  seccompProfile: seccomp,
  appArmorProfile: struct(),
});
const container = struct({
  command: atomic,
  args: atomic,
  ports: mapList(['containerPort', 'protocol'], struct(), { keyDefaults: { protocol: 'TCP' } }),
  envFrom: atomic,
  env: mapList(['name'], envVar),
  resources,
  resizePolicy: atomic,
  volumeMounts: mapList(['mountPath'], struct()),
  volumeDevices: mapList(['devicePath'], struct()),
  livenessProbe: probe,
  readinessProbe: probe,
  startupProbe: probe,
  lifecycle: struct({ postStart: handler, preStop: handler }),
  securityContext: containerSecurityContext,
});
const keyToPaths = atomic;
const volume = struct(
  {
    configMap: struct({ items: keyToPaths }),
    secret: struct({ items: keyToPaths }),
    downwardAPI: struct({ items: atomic }),
    projected: struct({ sources: atomic }),
    persistentVolumeClaim: struct(),
    emptyDir: struct(),
    hostPath: struct(),
    nfs: struct(),
    csi: struct({ volumeAttributes: stringMap(), nodePublishSecretRef: atomicStruct() }),
    ephemeral: struct({ volumeClaimTemplate: untyped }),
    image: struct(),
  },
  { retainKeys: true },
);
const affinityTerms = struct({
  requiredDuringSchedulingIgnoredDuringExecution: atomic,
  preferredDuringSchedulingIgnoredDuringExecution: atomic,
});
const podSpec = struct({
  volumes: mapList(['name'], volume),
  initContainers: mapList(['name'], container),
  containers: mapList(['name'], container),
  ephemeralContainers: mapList(['name'], container),
  nodeSelector: atomicMap(),
  securityContext: struct({
    seLinuxOptions: struct(),
    windowsOptions: struct(),
    supplementalGroups: atomic,
    sysctls: atomic,
    seccompProfile: seccomp,
    appArmorProfile: struct(),
  }),
  imagePullSecrets: mapList(['name'], atomicStruct()),
  affinity: struct({
    nodeAffinity: struct({
      requiredDuringSchedulingIgnoredDuringExecution: atomicStruct(),
      preferredDuringSchedulingIgnoredDuringExecution: atomic,
    }),
    podAffinity: affinityTerms,
    podAntiAffinity: affinityTerms,
  }),
  tolerations: atomic,
  hostAliases: mapList(['ip'], struct({ hostnames: atomic })),
  dnsConfig: struct({ nameservers: atomic, searches: atomic, options: atomic }),
  readinessGates: atomic,
  overhead: resourceList(),
  topologySpreadConstraints: mapList(
    ['topologyKey', 'whenUnsatisfiable'],
    struct({ labelSelector, matchLabelKeys: atomic }),
  ),
  os: struct(),
  schedulingGates: mapList(['name'], struct()),
  resourceClaims: mapList(['name'], struct()),
  resources,
});
const podTemplateSpec = struct({ metadata: objectMeta, spec: podSpec });
const rollingStrategy = struct({ rollingUpdate: struct() }, { retainKeys: true });
const workloadStatus = struct({ conditions });
const jobSpec = struct({
  selector: labelSelector,
  template: podTemplateSpec,
  podFailurePolicy: struct({ rules: atomic }),
  successPolicy: struct({ rules: atomic }),
});
const loadBalancerStatus = struct({ ingress: atomic });
const policyRules = atomic;

const r = (fields: Record<string, Schema>) => root(fields, objectMeta);

/** Schemas by `group/Kind` (core group is the empty string). */
export const builtinSchemas: Record<string, MapSchema> = {
  '/Namespace': r({ spec: struct({ finalizers: atomic }), status: struct({ conditions }) }),
  '/ConfigMap': r({ data: stringMap(), binaryData: stringMap() }),
  '/Secret': r({ data: stringMap(), stringData: stringMap() }),
  '/ServiceAccount': r({ secrets: mapList(['name'], struct()), imagePullSecrets: atomic }),
  '/Service': r({
    spec: struct({
      ports: mapList(['port', 'protocol'], struct(), { keyDefaults: { protocol: 'TCP' } }),
      selector: atomicMap(),
      clusterIPs: atomic,
      externalIPs: atomic,
      ipFamilies: atomic,
      loadBalancerSourceRanges: atomic,
      sessionAffinityConfig: struct({ clientIP: struct() }),
    }),
    status: struct({ loadBalancer: loadBalancerStatus, conditions }),
  }),
  '/Pod': r({
    spec: podSpec,
    status: struct({
      conditions,
      podIPs: mapList(['ip'], struct()),
      hostIPs: atomic,
      containerStatuses: atomic,
      initContainerStatuses: atomic,
    }),
  }),
  '/PersistentVolumeClaim': r({
    spec: struct({
      accessModes: atomic,
      selector: labelSelector,
      resources: struct({ limits: resourceList(), requests: resourceList() }),
      dataSource: atomicStruct(),
      dataSourceRef: struct(),
    }),
    status: struct({ accessModes: atomic, capacity: resourceList(), conditions }),
  }),
  'apps/Deployment': r({
    spec: struct({ selector: labelSelector, template: podTemplateSpec, strategy: rollingStrategy }),
    status: workloadStatus,
  }),
  'apps/StatefulSet': r({
    spec: struct({
      selector: labelSelector,
      template: podTemplateSpec,
      volumeClaimTemplates: atomic,
      updateStrategy: rollingStrategy,
      persistentVolumeClaimRetentionPolicy: struct(),
      ordinals: struct(),
    }),
    status: workloadStatus,
  }),
  'apps/DaemonSet': r({
    spec: struct({
      selector: labelSelector,
      template: podTemplateSpec,
      updateStrategy: rollingStrategy,
    }),
    status: workloadStatus,
  }),
  'apps/ReplicaSet': r({
    spec: struct({ selector: labelSelector, template: podTemplateSpec }),
    status: workloadStatus,
  }),
  'batch/Job': r({
    spec: jobSpec,
    status: struct({ conditions: atomic, uncountedTerminatedPods: struct() }),
  }),
  'batch/CronJob': r({
    spec: struct({ jobTemplate: struct({ metadata: objectMeta, spec: jobSpec }) }),
    status: struct({ active: atomic }),
  }),
  'networking.k8s.io/Ingress': r({
    spec: struct({
      defaultBackend: struct({ service: struct({ port: struct() }), resource: atomicStruct() }),
      tls: atomic,
      rules: atomic,
    }),
    status: struct({ loadBalancer: loadBalancerStatus }),
  }),
  'networking.k8s.io/NetworkPolicy': r({
    spec: struct({
      podSelector: labelSelector,
      ingress: atomic,
      egress: atomic,
      policyTypes: atomic,
    }),
  }),
  'policy/PodDisruptionBudget': r({
    spec: struct({ selector: labelSelector }),
    status: struct({ conditions, disruptedPods: stringMap() }),
  }),
  'autoscaling/HorizontalPodAutoscaler': r({
    spec: struct({
      scaleTargetRef: struct(),
      metrics: atomic,
      behavior: struct({
        scaleUp: struct({ policies: atomic }),
        scaleDown: struct({ policies: atomic }),
      }),
    }),
    status: struct({ conditions, currentMetrics: atomic }),
  }),
  'rbac.authorization.k8s.io/Role': r({ rules: policyRules }),
  'rbac.authorization.k8s.io/ClusterRole': r({
    rules: policyRules,
    aggregationRule: struct({ clusterRoleSelectors: atomic }),
  }),
  'rbac.authorization.k8s.io/RoleBinding': r({ subjects: atomic, roleRef: atomicStruct() }),
  'rbac.authorization.k8s.io/ClusterRoleBinding': r({ subjects: atomic, roleRef: atomicStruct() }),
  'apiextensions.k8s.io/CustomResourceDefinition': r({
    spec: struct({
      names: struct({ shortNames: atomic, categories: atomic }),
      versions: mapList(
        ['name'],
        struct({
          schema: struct({ openAPIV3Schema: untyped }),
          subresources: struct({ status: struct(), scale: struct() }),
          additionalPrinterColumns: atomic,
        }),
      ),
      conversion: struct({ webhook: struct({ clientConfig: struct({ service: struct() }) }) }),
    }),
    status: struct({
      conditions,
      acceptedNames: struct({ shortNames: atomic, categories: atomic }),
      storedVersions: atomic,
    }),
  }),
};
