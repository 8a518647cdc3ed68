package jp.mebuki.core.programme;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Programmes extends ListCrudRepository<Programme, ProgrammeId> {

    Optional<Programme> findByCode(String code);
}
