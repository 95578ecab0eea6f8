package ru.flurai.platform.http;

/** The one error shape every client reads: {@code {"detail": "..."}}. */
public record ErrorBody(String detail) {}
