package jp.mebuki.web.application;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "Withdrawal")
record WithdrawRequest(@Size(max = 2000) String reason) {
}
