/**
 * The defaults the apiserver fills in on every write (pkg/apis/<group>/v1/defaults.go), so
 * that objects read back look like a real cluster's: a diff against the cluster must cope
 * with them, and tests should see them.
 */
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function obj(parent: Obj, key: string): Obj {
  if (!isObj(parent[key])) parent[key] = {};
  return parent[key] as Obj;
}
function def(o: Obj, key: string, value: unknown): void {
  if (o[key] === undefined || o[key] === null) o[key] = value;
}

function defaultContainer(c: Obj): void {
  def(c, 'terminationMessagePath', '/dev/termination-log');
  def(c, 'terminationMessagePolicy', 'File');
  const image = String(c.image ?? '');
  const tagged = /:[^/]+$/.test(image.split('@')[0]) && !image.split('@')[0].endsWith(':latest');
  def(c, 'imagePullPolicy', tagged || image.includes('@') ? 'IfNotPresent' : 'Always');
  def(c, 'resources', {});
  for (const p of (c.ports as Obj[] | undefined) ?? []) def(p, 'protocol', 'TCP');
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
    if (!isObj(c[probe])) continue;
    const pr = c[probe] as Obj;
    def(pr, 'timeoutSeconds', 1);
    def(pr, 'periodSeconds', 10);
    def(pr, 'successThreshold', 1);
    def(pr, 'failureThreshold', 3);
    if (isObj(pr.httpGet)) def(pr.httpGet as Obj, 'scheme', 'HTTP');
  }
}

function defaultPodSpec(spec: Obj): void {
  def(spec, 'restartPolicy', 'Always');
  def(spec, 'terminationGracePeriodSeconds', 30);
  def(spec, 'dnsPolicy', 'ClusterFirst');
  def(spec, 'securityContext', {});
  def(spec, 'schedulerName', 'default-scheduler');
  for (const c of [
    ...((spec.containers as Obj[]) ?? []),
    ...((spec.initContainers as Obj[]) ?? []),
  ]) {
    if (isObj(c)) defaultContainer(c);
  }
  for (const v of (spec.volumes as Obj[] | undefined) ?? []) {
    for (const src of ['configMap', 'secret'])
      if (isObj(v[src])) def(v[src] as Obj, 'defaultMode', 420);
  }
}

function defaultTemplate(spec: Obj): void {
  const template = obj(spec, 'template');
  // A zero metav1.Time serialises as null: real clusters show this on every pod template.
  def(obj(template, 'metadata'), 'creationTimestamp', null);
  defaultPodSpec(obj(template, 'spec'));
}

function defaultJobSpec(spec: Obj): void {
  def(spec, 'parallelism', 1);
  def(spec, 'completions', 1);
  def(spec, 'backoffLimit', 6);
  def(spec, 'completionMode', 'NonIndexed');
  def(spec, 'suspend', false);
  def(spec, 'podReplacementPolicy', 'TerminatingOrFailed');
  defaultTemplate(spec);
}

const rolling = (o: Obj, rollingUpdate: Obj) => {
  def(o, 'type', 'RollingUpdate');
  if (o.type === 'RollingUpdate') {
    const ru = obj(o, 'rollingUpdate');
    for (const [k, v] of Object.entries(rollingUpdate)) def(ru, k, v);
  }
};

export interface DefaultingContext {
  allocateClusterIP(): string;
  allocateNodePort(): number;
}

/** Applies the defaults of kind `groupKind` to `o` in place. */
export function applyDefaults(groupKind: string, o: Obj, ctx: DefaultingContext): void {
  const spec = isObj(o.spec) ? o.spec : undefined;
  switch (groupKind) {
    case '/Namespace': {
      def(obj(o, 'spec'), 'finalizers', ['kubernetes']);
      def(obj(o, 'status'), 'phase', 'Active');
      const md = obj(o, 'metadata');
      // NamespaceDefaultLabelName (GA in 1.22).
      obj(md, 'labels')['kubernetes.io/metadata.name'] = md.name;
      break;
    }
    case '/Secret':
      def(o, 'type', 'Opaque');
      break;
    case '/Pod':
      if (spec) {
        defaultPodSpec(spec);
        def(spec, 'enableServiceLinks', true);
        def(spec, 'priority', 0);
        def(spec, 'preemptionPolicy', 'PreemptLowerPriority');
      }
      def(obj(o, 'status'), 'phase', 'Pending');
      break;
    case '/PersistentVolumeClaim':
      if (spec) def(spec, 'volumeMode', 'Filesystem');
      def(obj(o, 'status'), 'phase', 'Pending');
      break;
    case '/Service':
      if (spec) defaultService(spec, ctx);
      def(o, 'status', { loadBalancer: {} });
      break;
    case 'apps/Deployment':
      if (spec) {
        def(spec, 'replicas', 1);
        rolling(obj(spec, 'strategy'), { maxUnavailable: '25%', maxSurge: '25%' });
        def(spec, 'revisionHistoryLimit', 10);
        def(spec, 'progressDeadlineSeconds', 600);
        defaultTemplate(spec);
      }
      break;
    case 'apps/StatefulSet':
      if (spec) {
        def(spec, 'replicas', 1);
        def(spec, 'podManagementPolicy', 'OrderedReady');
        rolling(obj(spec, 'updateStrategy'), { partition: 0 });
        def(spec, 'revisionHistoryLimit', 10);
        def(spec, 'persistentVolumeClaimRetentionPolicy', {
          whenDeleted: 'Retain',
          whenScaled: 'Retain',
        });
        defaultTemplate(spec);
      }
      break;
    case 'apps/DaemonSet':
      if (spec) {
        rolling(obj(spec, 'updateStrategy'), { maxUnavailable: 1, maxSurge: 0 });
        def(spec, 'revisionHistoryLimit', 10);
        defaultTemplate(spec);
      }
      break;
    case 'apps/ReplicaSet':
      if (spec) {
        def(spec, 'replicas', 1);
        defaultTemplate(spec);
      }
      break;
    case 'batch/Job':
      if (spec) defaultJobSpec(spec);
      break;
    case 'batch/CronJob':
      if (spec) {
        def(spec, 'concurrencyPolicy', 'Allow');
        def(spec, 'suspend', false);
        def(spec, 'successfulJobsHistoryLimit', 3);
        def(spec, 'failedJobsHistoryLimit', 1);
        const jt = obj(spec, 'jobTemplate');
        def(obj(jt, 'metadata'), 'creationTimestamp', null);
        defaultJobSpec(obj(jt, 'spec'));
      }
      break;
    case 'apiextensions.k8s.io/CustomResourceDefinition':
      if (spec) {
        def(spec, 'conversion', { strategy: 'None' });
        const names = obj(spec, 'names');
        def(names, 'singular', String(names.kind ?? '').toLowerCase());
        def(names, 'listKind', `${String(names.kind ?? '')}List`);
      }
      break;
  }
}

function defaultService(spec: Obj, ctx: DefaultingContext): void {
  def(spec, 'type', 'ClusterIP');
  def(spec, 'sessionAffinity', 'None');
  if (spec.type !== 'ExternalName') {
    if (spec.clusterIP === undefined || spec.clusterIP === '')
      spec.clusterIP = ctx.allocateClusterIP();
    def(spec, 'clusterIPs', [spec.clusterIP]);
    def(spec, 'ipFamilies', ['IPv4']);
    def(spec, 'ipFamilyPolicy', 'SingleStack');
    def(spec, 'internalTrafficPolicy', 'Cluster');
  }
  const external = spec.type === 'NodePort' || spec.type === 'LoadBalancer';
  if (external) {
    def(spec, 'externalTrafficPolicy', 'Cluster');
    if (spec.type === 'LoadBalancer') def(spec, 'allocateLoadBalancerNodePorts', true);
  }
  for (const p of (spec.ports as Obj[] | undefined) ?? []) {
    def(p, 'protocol', 'TCP');
    def(p, 'targetPort', p.port);
    if (external) def(p, 'nodePort', ctx.allocateNodePort());
  }
}
