/** A D-Bus session bus configuration that starts no services on demand, listening on `listen`. */
export declare function sessionBusConfig(listen: string): string;
