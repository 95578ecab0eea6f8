package ru.flurai.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import ru.flurai.platform.http.ErrorBody;

/** The REST API, served from the root: paths are exactly those in API.md. */
@ApplicationPath("/")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Flurai API",
            version = "1.0.0",
            description =
                "Every error is {\"detail\": \"<text>\"} with the HTTP status; see API.md"),
    components =
        @Components(
            responses =
                @APIResponse(
                    name = "Error",
                    description = "Any refusal",
                    content =
                        @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ErrorBody.class))),
            securitySchemes = {
              @SecurityScheme(
                  securitySchemeName = "buyerJwt",
                  type = SecuritySchemeType.HTTP,
                  scheme = "bearer",
                  bearerFormat = "JWT",
                  description = "Buyer JWT from /auth/telegram-widget or /auth/telegram-mini-app"),
              @SecurityScheme(
                  securitySchemeName = "telegramInitData",
                  type = SecuritySchemeType.APIKEY,
                  in = SecuritySchemeIn.HEADER,
                  apiKeyName = "X-Telegram-Init-Data",
                  description =
                      "Raw Telegram.WebApp.initData (used when no valid buyer JWT is sent)"),
              @SecurityScheme(
                  securitySchemeName = "sellerToken",
                  type = SecuritySchemeType.APIKEY,
                  in = SecuritySchemeIn.HEADER,
                  apiKeyName = "X-Seller-Token"),
              @SecurityScheme(
                  securitySchemeName = "adminToken",
                  type = SecuritySchemeType.APIKEY,
                  in = SecuritySchemeIn.HEADER,
                  apiKeyName = "X-Admin-Token")
            }))
public class FluraiApplication extends Application {}
