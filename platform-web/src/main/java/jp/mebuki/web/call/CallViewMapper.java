package jp.mebuki.web.call;

import java.util.List;

import org.mapstruct.Mapper;

import jp.mebuki.core.programme.Call;
import jp.mebuki.core.programme.CallId;
import jp.mebuki.core.programme.RubricCriterion;

@Mapper
interface CallViewMapper {

    CallView toView(Call call);

    List<CallView> toViews(List<Call> calls);

    CallView.CriterionView toView(RubricCriterion criterion);

    default long id(CallId id) {
        return id.value();
    }
}
