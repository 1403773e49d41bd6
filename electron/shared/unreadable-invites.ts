// Said the same way in the window and in `invitray list`.

/** One quiet line for invitations Cloudflare listed that this version of Invitray could not read. */
export function unreadableSummary(count: number): string {
  return `${count} invitation${count === 1 ? '' : 's'} couldn't be read — update Invitray`;
}
