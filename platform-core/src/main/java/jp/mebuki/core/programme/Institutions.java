package jp.mebuki.core.programme;

import org.springframework.data.repository.ListCrudRepository;

interface Institutions extends ListCrudRepository<Institution, String> {
}
