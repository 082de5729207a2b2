/** Baseline summariser (LEAD-3). */
package io.kabar.summarize;
