package jp.mebuki.core.programme;

import org.springframework.data.repository.ListCrudRepository;

interface TechnologyFields extends ListCrudRepository<TechnologyField, String> {
}
