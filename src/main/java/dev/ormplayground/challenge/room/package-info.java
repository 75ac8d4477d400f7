/**
 * Results a room can collect: each check of a challenge kept as one small JSON file in the
 * learner's data folder (CheckResult, CheckResults), handed in as one file, and gathered by an
 * instructor from many learners' files into one table of who passed what in how many tries
 * (RoomReport). Uses the challenges; knows no face.
 */
package dev.ormplayground.challenge.room;
