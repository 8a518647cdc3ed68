package jp.mebuki.web.call;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mebuki.core.programme.CallCatalog;

@RestController
@RequestMapping("/api/calls")
@Tag(name = "Calls")
class CallController {

    private final CallCatalog calls;
    private final CallViewMapper mapper;

    CallController(CallCatalog calls, CallViewMapper mapper) {
        this.calls = calls;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(summary = "Calls open for applications now (any signed-in user)")
    List<CallView> openCalls() {
        return mapper.toViews(calls.openCalls());
    }
}
