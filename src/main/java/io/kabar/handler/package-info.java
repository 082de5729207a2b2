/**
 * The two Lambda entry points, thin: they adapt AWS events to {@link io.kabar.handler.ParseService}
 * and {@link io.kabar.handler.SummarizeService}, which the local runner reuses.
 */
package io.kabar.handler;
