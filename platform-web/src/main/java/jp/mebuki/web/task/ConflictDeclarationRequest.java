package jp.mebuki.web.task;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to the conflict-of-interest question that opens every review; a conflict needs a reason. */
@Schema(name = "ConflictDeclaration")
record ConflictDeclarationRequest(@NotNull Boolean conflict, @Size(max = 2000) String reason) {
}
