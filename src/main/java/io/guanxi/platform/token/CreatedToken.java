package io.guanxi.platform.token;

/** The answer to creating a token: the only time its secret is shown. */
public record CreatedToken(TokenView token, String secret) {
}
