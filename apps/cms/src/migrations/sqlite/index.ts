export const migrations: { name: string; up: (args: any) => Promise<void>; down: (args: any) => Promise<void> }[] = []
