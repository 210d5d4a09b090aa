package io.guanxi.platform;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Notifications newest first; {@code next} is the {@code before} value of the following
 * (older) page, null on the last one.
 */
public record NotificationPage(List<NotificationView> items, @Nullable String next) {

}
