package ru.flurai.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API, served from the root: paths are exactly those in API.md. */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Flurai API", version = "1.0.0"))
public class FluraiApplication extends Application {}
