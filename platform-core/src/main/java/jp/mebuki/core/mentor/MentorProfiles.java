package jp.mebuki.core.mentor;

import org.springframework.data.repository.ListCrudRepository;

import jp.mebuki.core.user.UserId;

interface MentorProfiles extends ListCrudRepository<MentorProfile, UserId> {
}
