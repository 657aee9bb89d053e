/** Entry of every action: dispatches on the action's name (see scripts/bundle.mjs). */
export async function runAction(name: string): Promise<void> {
  throw new Error(`unknown action ${name}`);
}
