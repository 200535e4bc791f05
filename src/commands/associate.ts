// Runs a ribbon command for Office: loads its handler, runs it with the Excel
// services, logs a failure in both languages and always completes the event
// (Office shows a spinner on the button until it is completed).

import { toUserMessage } from "../excel/errors";
import type { RibbonCommand, RibbonContext } from "./registry";

/** The part of an Office.AddinCommands.Event that a command uses. */
export interface CommandEvent {
  completed(): void;
}

/** Runs `command`; resolves (never rejects) once the event is completed. Returns the error, if any. */
export async function runCommand(
  command: RibbonCommand,
  event: CommandEvent,
  context: () => RibbonContext,
): Promise<unknown> {
  let failure: unknown;
  try {
    const { default: handler } = await command.load();
    await handler(context());
  } catch (err) {
    failure = err;
    const message = toUserMessage(err);
    console.error(`Rådsplan ${command.id}: ${message.sv} / ${message.en}`);
  } finally {
    event.completed();
  }
  return failure;
}

/** Registers every command with Office.actions.associate. */
export function associateAll(
  commands: readonly RibbonCommand[],
  associate: (id: string, handler: (event: CommandEvent) => void) => void,
  context: () => RibbonContext,
): void {
  for (const command of commands) {
    associate(command.id, (event) => void runCommand(command, event, context));
  }
}

