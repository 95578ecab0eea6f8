package ru.flurai.platform.db;

/** Fired once the schema is migrated: features seed development data and start their jobs on it. */
public record SchemaReady() {}
