package io.guanxi.platform;

/** The signed-in user, as other modules see them. */
public record CurrentUser(long id, String username, String displayName, Role role) {
}
