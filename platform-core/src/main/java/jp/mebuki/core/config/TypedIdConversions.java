package jp.mebuki.core.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.mentor.MentoringMatchId;
import jp.mebuki.core.programme.CallId;
import jp.mebuki.core.programme.ProgrammeId;
import jp.mebuki.core.review.ReviewAssignmentId;
import jp.mebuki.core.review.ReviewId;
import jp.mebuki.core.sbir.ProjectId;
import jp.mebuki.core.sbir.SupportRequestId;
import jp.mebuki.core.sbir.ThemeId;
import jp.mebuki.core.stagegate.GateAssignmentId;
import jp.mebuki.core.stagegate.GateReviewId;
import jp.mebuki.core.user.UserId;

/**
 * Stores every typed id (a record with one {@code long value}) as a BIGINT column and reads it back,
 * so that aggregates refer to each other by {@code ApplicationId} rather than by a bare number.
 */
final class TypedIdConversions {

    static final List<Class<? extends Record>> ID_TYPES = List.of(UserId.class, ProgrammeId.class, CallId.class,
            ApplicationId.class, ReviewAssignmentId.class, ReviewId.class, ThemeId.class, ProjectId.class,
            SupportRequestId.class, GateReviewId.class, GateAssignmentId.class, MentoringMatchId.class);

    private TypedIdConversions() {
    }

    static List<Object> converters() {
        return List.of(new IdToLong(), new LongToId());
    }

    @WritingConverter
    static final class IdToLong implements GenericConverter {

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return ID_TYPES.stream().map(t -> new ConvertiblePair(t, Long.class)).collect(Collectors.toSet());
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (source == null) {
                return null;
            }
            try {
                RecordComponent value = source.getClass().getRecordComponents()[0];
                return value.getAccessor().invoke(source);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read id " + source, e);
            }
        }
    }

    @ReadingConverter
    static final class LongToId implements GenericConverter {

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return ID_TYPES.stream().map(t -> new ConvertiblePair(Long.class, t)).collect(Collectors.toSet());
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (source == null) {
                return null;
            }
            try {
                Constructor<?> constructor = targetType.getType().getDeclaredConstructor(long.class);
                return constructor.newInstance(((Number) source).longValue());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create " + targetType.getType().getSimpleName(), e);
            }
        }
    }
}
