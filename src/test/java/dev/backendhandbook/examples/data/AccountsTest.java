package dev.backendhandbook.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backendhandbook.examples.data.Accounts.Account;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two connections to one in-memory H2 database, driven a step at a time from the test thread, so
 * that every interleaving is the same on every run.
 */
class AccountsTest {
  private Connection setup;
  private Connection alice;
  private Connection bob;

  @BeforeEach
  void open() throws SQLException {
    String url = "jdbc:h2:mem:accounts-" + System.nanoTime();
    setup = DriverManager.getConnection(url); // keeps the database alive for the others
    Accounts.createTable(setup);
    Accounts.open(setup, 1, 100);
    alice = DriverManager.getConnection(url);
    bob = DriverManager.getConnection(url);
    alice.setAutoCommit(false);
    bob.setAutoCommit(false);
  }

  @AfterEach
  void close() throws SQLException {
    alice.close();
    bob.close();
    setup.close();
  }

  private long balance() throws SQLException {
    return Accounts.read(setup, 1).balance();
  }

  @Test
  void h2StartsEveryConnectionInReadCommitted() throws SQLException {
    assertEquals(Connection.TRANSACTION_READ_COMMITTED, alice.getTransactionIsolation());
    assertEquals(Connection.TRANSACTION_READ_COMMITTED, bob.getTransactionIsolation());
  }

  @Test
  void readCommittedSeesAnotherTransactionsCommitBetweenTwoReads() throws SQLException {
    assertEquals(100, Accounts.read(alice, 1).balance());
    Accounts.writeBalance(bob, 1, 150);
    assertEquals(100, Accounts.read(alice, 1).balance(), "no dirty read before Bob commits");
    bob.commit();
    assertEquals(150, Accounts.read(alice, 1).balance(), "a non-repeatable read after he does");
  }

  @Test
  void twoReadModifyWritesLoseAnUpdate() throws SQLException {
    // tag::lost-update[]
    // Alice deposits 50 while Bob withdraws 30; the right answer is 100 + 50 - 30 = 120.
    Account seenByAlice = Accounts.read(alice, 1); // 100
    Account seenByBob = Accounts.read(bob, 1); // 100
    Accounts.writeBalance(alice, 1, seenByAlice.balance() + 50);
    alice.commit(); // 150
    Accounts.writeBalance(bob, 1, seenByBob.balance() - 30);
    bob.commit(); // 70: Alice's deposit has gone, and nobody was told
    // end::lost-update[]
    assertEquals(70, balance());
  }

  @Test
  void aVersionCheckTurnsTheLostUpdateIntoARetry() throws SQLException {
    // tag::optimistic[]
    Account seenByAlice = Accounts.read(alice, 1); // 100, version 1
    Account seenByBob = Accounts.read(bob, 1); // 100, version 1
    assertTrue(Accounts.writeIfUnchanged(alice, seenByAlice, seenByAlice.balance() + 50));
    alice.commit(); // 150, version 2
    assertFalse(Accounts.writeIfUnchanged(bob, seenByBob, seenByBob.balance() - 30));
    bob.rollback(); // no row had version 1 any more: Bob's decision was based on old data

    Account again = Accounts.read(bob, 1); // the retry starts from the top: 150, version 2
    assertTrue(Accounts.writeIfUnchanged(bob, again, again.balance() - 30));
    bob.commit();
    // end::optimistic[]
    assertEquals(120, balance());
    assertEquals(3, Accounts.read(setup, 1).version());
  }

  @Test
  void selectForUpdateMakesTheSecondWriterWaitForTheFirst() throws SQLException {
    // tag::pessimistic[]
    Account lockedByAlice = Accounts.readForUpdate(alice, 1); // 100, and the row is Alice's
    // A plain read is not blocked, and still sees the committed 100 ...
    assertEquals(100, Accounts.read(bob, 1).balance());
    // ... but a second locking read would wait; NOWAIT makes it fail at once instead.
    SQLException wouldWait =
        assertThrows(
            SQLException.class,
            () -> query(bob, "SELECT balance FROM account WHERE id = 1 FOR UPDATE NOWAIT"));
    Accounts.writeBalance(alice, 1, lockedByAlice.balance() + 50);
    alice.commit(); // 150, and the lock is released

    Account lockedByBob = Accounts.readForUpdate(bob, 1); // reads 150, the current value
    Accounts.writeBalance(bob, 1, lockedByBob.balance() - 30);
    bob.commit();
    // end::pessimistic[]
    assertEquals("HYT00", wouldWait.getSQLState(), "H2's lock timeout");
    assertEquals(120, balance());
  }

  @Test
  void repeatableReadOnH2RefusesTheSecondWriterAndRollsItBack() throws SQLException {
    alice.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    bob.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    Account seenByAlice = Accounts.read(alice, 1);
    Account seenByBob = Accounts.read(bob, 1);
    Accounts.writeBalance(alice, 1, seenByAlice.balance() + 50);
    alice.commit();
    assertEquals(100, Accounts.read(bob, 1).balance(), "Bob's snapshot still says 100");

    SQLException refused =
        assertThrows(
            SQLException.class, () -> Accounts.writeBalance(bob, 1, seenByBob.balance() - 30));
    assertEquals("40001", refused.getSQLState());
    assertTrue(Transactions.isRetryable(refused));
    assertEquals(150, Accounts.read(bob, 1).balance(), "the whole transaction was rolled back");
    assertEquals(150, balance());
  }

  @Test
  void theRetryRunsTheWholeTransactionAgainReadsIncluded() throws SQLException {
    AtomicInteger attempts = new AtomicInteger();
    // tag::retry-use[]
    long result =
        Transactions.inTransaction(
            bob,
            3,
            connection -> {
              Account seen = Accounts.read(connection, 1);
              if (attempts.incrementAndGet() == 1) {
                aliceDepositsFifty(); // commits between Bob's read and Bob's write
              }
              if (!Accounts.writeIfUnchanged(connection, seen, seen.balance() - 30)) {
                throw new Transactions.StaleDataException("account 1 changed");
              }
              return seen.balance() - 30;
            });
    // end::retry-use[]
    assertEquals(2, attempts.get());
    assertEquals(120, result);
    assertEquals(120, balance());
  }

  @Test
  void theRetryGivesUpAfterItsLastAttemptAndNeverRetriesOtherErrors() throws SQLException {
    AtomicInteger attempts = new AtomicInteger();
    SQLException stale =
        assertThrows(
            SQLException.class,
            () ->
                Transactions.inTransaction(
                    bob,
                    3,
                    connection -> {
                      attempts.incrementAndGet();
                      throw new Transactions.StaleDataException("always out of date");
                    }));
    assertEquals("40001", stale.getSQLState());
    assertEquals(3, attempts.get());

    attempts.set(0);
    assertThrows(
        SQLException.class,
        () ->
            Transactions.inTransaction(
                bob,
                3,
                connection -> {
                  attempts.incrementAndGet();
                  return Accounts.read(connection, 99); // no such account: not worth a retry
                }));
    assertEquals(1, attempts.get());
  }

  @Test
  void writeSkewCommitsEvenAtSerializableOnH2() throws SQLException {
    try (Statement statement = setup.createStatement()) {
      statement.execute("CREATE TABLE doctor (name VARCHAR(20) PRIMARY KEY, on_call BOOLEAN)");
      statement.execute("INSERT INTO doctor VALUES ('ada', TRUE), ('grace', TRUE)");
    }
    alice.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
    bob.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
    String onCall = "SELECT COUNT(*) FROM doctor WHERE on_call";
    // Each checks that someone else is still on call, then goes home.
    assertEquals(2, query(alice, onCall));
    assertEquals(2, query(bob, onCall));
    update(alice, "UPDATE doctor SET on_call = FALSE WHERE name = 'ada'");
    update(bob, "UPDATE doctor SET on_call = FALSE WHERE name = 'grace'");
    alice.commit();
    bob.commit();
    assertEquals(0, query(setup, onCall), "nobody is on call: PostgreSQL would refuse one");
  }

  private void aliceDepositsFifty() throws SQLException {
    Account seen = Accounts.read(alice, 1);
    assertTrue(Accounts.writeIfUnchanged(alice, seen, seen.balance() + 50));
    alice.commit();
  }

  private static long query(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static void update(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    }
  }
}
