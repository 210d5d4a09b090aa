package io.guanxi.platform.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title and the bearer-token scheme, so "Authorize" works in
 * /api/docs.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	private static final String BEARER = "personalToken";

	@Bean
	OpenAPI guanxiOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Guanxi API")
				.version("v1")
				.description("Errors are RFC 9457 problem details. Lists take page, size and sort. "
						+ "GET returns an ETag that changes must send back in If-Match. "
						+ "Creating POSTs accept an Idempotency-Key.")
				.license(new License().name("Open source")))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A personal API token from the user menu, API tokens")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}
