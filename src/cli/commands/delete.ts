import { removeCommand } from './prune.js';

export const deleteCommand = removeCommand(
  'delete',
  'Delete a target (or the parts -I/-E select) from its cluster',
  [
    "Deletes every object on the cluster carrying the target's discriminator, whether it is still",
    "rendered or not. -I/-E and the deployment-dir flags select by the objects' tags and item",
    'directory.',
  ],
);
