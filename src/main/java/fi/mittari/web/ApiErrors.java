package fi.mittari.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error answers every API operation may give, for the OpenAPI document: put on each API controller, so that each
 * operation lists them with the {@link ApiProblem} body they carry. Written once here rather than on each controller,
 * since the error body is the same everywhere ({@link ErrorBodies}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(
        responseCode = "401",
        description = "No bearer token, or an expired or revoked one",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiProblem.class)))
@ApiResponse(
        responseCode = "403",
        description = "The account has none of the roles this operation needs",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiProblem.class)))
@ApiResponse(
        responseCode = "422",
        description = "The request was refused: the body names each field, question or row at fault and why",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiProblem.class)))
public @interface ApiErrors {}
