/**
 * The one error shape of the API: {@code {"status": 400, "message": "...", "fields": [...]}}, with
 * messages in French. Plugin code refuses a request by throwing {@link org.maillage.platform.api.errors.ApiError};
 * the platform answers it as is.
 */
package org.maillage.platform.api.errors;
