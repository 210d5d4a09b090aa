-- Warm paths (暖路径) take at most N ties of each person, strongest first and then the most recently
-- recorded (highest id), so that a person with 20,000 ties costs N index entries, not 20,000. With the
-- id in the index that order is read straight off it, both ways round.
drop index relationship_person_tie_from_idx;
drop index relationship_person_tie_to_idx;
create index relationship_person_tie_from_idx on relationship_person_tie (from_contact_id, strength, id);
create index relationship_person_tie_to_idx on relationship_person_tie (to_contact_id, strength, id);
