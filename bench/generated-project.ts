/**
 * The generated project the render benchmarks use: `items` deployment items of `objects`
 * objects each (a templated Deployment with get_image, the rest ConfigMaps), half with their
 * own kustomization.yaml, one target `dev`, and images.yaml pinning every image by regex.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function generateProject(project: string, items: number, objects: number): void {
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(project, rel)), { recursive: true });
    writeFileSync(path.join(project, rel), text);
  };
  write(
    '.kluctl.yaml',
    'discriminator: bench-{{ target.name }}\ntargets:\n  - name: dev\n    args: { env: dev }\nargs:\n  - name: env\n',
  );
  write(
    'images.yaml',
    'images:\n  - imageRegex: "registry.example.com/.*"\n    resultImage: registry.example.com/app:1.0.0\n',
  );
  const list: string[] = [];
  for (let i = 0; i < items; i++) {
    const name = `svc-${String(i).padStart(3, '0')}`;
    list.push(`  - path: services/${name}`);
    // Half the items bring their own kustomization, half get a generated one.
    if (i % 2 === 0)
      write(
        `services/${name}/kustomization.yaml`,
        `resources:\n${Array.from({ length: objects }, (_, j) => `  - obj-${j}.yaml`).join('\n')}\n`,
      );
    for (let j = 0; j < objects; j++) {
      const text =
        j === 0
          ? `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: {{ 1 + 1 }}\n  selector:\n    matchLabels: { app: ${name} }\n  template:\n    metadata:\n      labels: { app: ${name}, env: "{{ args.env }}" }\n    spec:\n      containers:\n        - name: app\n          image: "{{ images.get_image('registry.example.com/${name}') }}"\n          env:\n{% for k in ['A', 'B', 'C'] %}            - { name: ${name.toUpperCase().replace('-', '_')}_{{ k }}, value: "{{ loop.index }}" }\n{% endfor %}`
          : `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}-cm-${j}\n  labels: { env: "{{ args.env }}" }\ndata:\n  key: "{{ '${name}' | upper }}-${j}"\n`;
      write(`services/${name}/obj-${j}.yaml`, text);
    }
  }
  write(
    'deployment.yaml',
    `overrideNamespace: bench-{{ args.env }}\ncommonLabels: { app.kubernetes.io/part-of: bench }\ndeployments:\n${list.join('\n')}\n`,
  );
}
