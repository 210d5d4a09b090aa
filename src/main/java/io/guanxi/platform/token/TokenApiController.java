package io.guanxi.platform.token;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "API tokens", description = "The caller's own personal API tokens")
class TokenApiController {

	private final ApiTokenService tokens;

	TokenApiController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	@Operation(summary = "List the caller's tokens (never their secrets)")
	List<TokenView> list() {
		return tokens.mine();
	}

	@PostMapping
	@Operation(summary = "Create a token; the secret is in this answer only")
	ResponseEntity<CreatedToken> create(@Valid @RequestBody CreateToken command) {
		CreatedToken created = tokens.create(command);
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + created.token().id())).body(created);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke a token; requests that use it are refused from now on")
	ResponseEntity<Void> revoke(@PathVariable long id) {
		tokens.revoke(id);
		return ResponseEntity.noContent().build();
	}

}
