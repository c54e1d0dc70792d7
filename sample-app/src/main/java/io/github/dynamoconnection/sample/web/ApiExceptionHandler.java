package io.github.dynamoconnection.sample.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.dynamoconnection.exceptions.DynamoConnectionException;
import io.github.dynamoconnection.exceptions.InvalidArgumentException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into an RFC 9457 problem detail: 400 naming the fields at fault, 404, 409,
 * and for DynamoDB errors a 502/503 that names the operation, table and AWS error code but never
 * the error message, a credential or a stack trace.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private static final Set<String> THROTTLING_CODES = Set.of("ProvisionedThroughputExceededException",
			"ThrottlingException", "RequestLimitExceeded", "LimitExceededException");

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, "Already exists", ex.getMessage());
	}

	@ExceptionHandler(InvalidFieldException.class)
	ProblemDetail invalidField(InvalidFieldException ex) {
		return invalid(List.of(new FieldProblem(ex.field(), ex.getMessage())));
	}

	@ExceptionHandler(InvalidArgumentException.class)
	ProblemDetail invalidArgument(InvalidArgumentException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage());
		problem.setProperty("operation", ex.operation());
		return problem;
	}

	@ExceptionHandler(DynamoConnectionException.class)
	ResponseEntity<ProblemDetail> dynamoDbFailed(DynamoConnectionException ex) {
		logger.warn("DynamoDB call {} on {} failed with {}", ex.operation(), ex.tableNames(), ex.errorCode(), ex);
		boolean unavailable = ex.errorCode() == null || THROTTLING_CODES.contains(ex.errorCode());
		HttpStatus status = unavailable ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY;
		String detail = "DynamoDB call " + ex.operation() + describeTables(ex) + " failed"
				+ ((ex.errorCode() != null) ? " with " + ex.errorCode() : ": no answer from DynamoDB");
		ProblemDetail problem = problem(status, "DynamoDB error", detail);
		problem.setProperty("operation", ex.operation());
		problem.setProperty("tables", ex.tableNames());
		problem.setProperty("errorCode", ex.errorCode());
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
		if (unavailable) {
			response.header(HttpHeaders.RETRY_AFTER, "1");
		}
		return response.body(problem);
	}

	@ExceptionHandler(RuntimeException.class)
	ProblemDetail unexpected(RuntimeException ex) {
		logger.error("Unexpected failure", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error", "The request could not be completed");
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> fields = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			fields.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> fields.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
		return ResponseEntity.badRequest().body(invalid(fields));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> fields = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = result.getMethodParameter().getParameterName();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				fields.add(new FieldProblem(name, error.getDefaultMessage()));
			}
		});
		return ResponseEntity.badRequest().body(invalid(fields));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = (ex.getCause() instanceof JacksonException jackson) ? fieldPath(jackson) : "";
		String message = field.isEmpty() ? "request body is missing or is not valid JSON"
				: "has the wrong type or format";
		return ResponseEntity.badRequest()
			.body(invalid(List.of(new FieldProblem(field.isEmpty() ? "body" : field, message))));
	}

	private static ProblemDetail invalid(List<FieldProblem> fields) {
		StringBuilder detail = new StringBuilder("Invalid request: ");
		for (int i = 0; i < fields.size(); i++) {
			detail.append((i > 0) ? "; " : "").append(fields.get(i).field()).append(' ').append(fields.get(i).message());
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", detail.toString());
		problem.setProperty("errors",
				fields.stream().map((f) -> Map.of("field", f.field(), "message", f.message())).toList());
		return problem;
	}

	private static String fieldPath(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String describeTables(DynamoConnectionException ex) {
		return ex.tableNames().isEmpty() ? "" : " on " + String.join(", ", ex.tableNames());
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	private record FieldProblem(String field, String message) {

		FieldProblem {
			message = (message != null) ? message : "is invalid";
		}

	}

}
