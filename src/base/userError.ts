// A refusal a user can act on, thrown by a plan or the Excel layer and shown by the
// task pane, ribbon and CLI as it is: bilingual text saying what happened and what to do.

import type { Text } from "./text";

/**
 * A refusal or problem the user can fix. `message` says, in both languages, what
 * happened and what to do. (Not a subclass of Error, whose `message` must be a string.)
 */
export class UserError {
  readonly name = "UserError";
  readonly stack: string | undefined;
  constructor(readonly message: Text) {
    this.stack = new Error(message.en).stack;
  }
  toString(): string {
    return `UserError: ${this.message.en}`;
  }
}
