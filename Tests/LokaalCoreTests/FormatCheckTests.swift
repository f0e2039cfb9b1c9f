import Testing
@testable import LokaalCore

/// The validator's format checks: ids, e-mail addresses and +32 phone numbers.
@Suite struct FormatCheckTests {
    @Test func datesAreRealCalendarDaysInYYYYMMDD() {
        for ok in ["2023-06-09", "2024-02-29", "2000-02-29", "2023-12-31", "0001-01-01"] { #expect(Validator.isValidDate(ok), "\(ok)") }
        for bad in ["2023-02-29", "1900-02-29", "2023-13-01", "2023-00-10", "2023-06-00", "2023-06-31", "2023-6-09", "23-06-09",
                    "2023/06/09", "2023-06-9 ", "２０２３-06-09", "2023-06-0a", "+023-06-09", "", "2023-06-091"] {
            #expect(!Validator.isValidDate(bad), "\(bad)")
        }
    }

    @Test func ids() {
        for ok in ["leuven", "klein-brabant-vaartland", "regio-0001", "a", "a1-b2"] { #expect(Validator.isValidID(ok), "\(ok)") }
        for bad in ["", "-a", "a-", "a--b", "Leuven", "zuid west", "é", "a_b", "a\u{1b}"] { #expect(!Validator.isValidID(bad), "\(bad)") }
    }

    @Test func emails() {
        for ok in ["Johannes.Rumbaut@aalst.be", "info@bijzig.be", "a+b%c@x-y.example.org", "a@b.cd"] {
            #expect(Validator.isValidEmail(ok), "\(ok)")
        }
        for bad in ["", "a", "@a.be", "a@", "a@b", "a@b.c", "a@@b.be", "a b@c.be", "a@b..be", "a@.b.be", "a@b.be.",
                    "a@b.b3", "é@a.be", "a@b.be\u{1b}]0;x\u{07}", "a@b.be\n"] {
            #expect(!Validator.isValidEmail(bad), "\(bad.debugDescription)")
        }
    }

    @Test func phones() {
        for ok in ["+32 53 72 39 47", "+32 493 41 52 75", "+32 15 29 83 02"] { #expect(Validator.isValidIntlPhone(ok), "\(ok)") }
        for bad in ["", "+32", "+32 ", "+31 53 72 39 47", "+32 5 72", "+32 5372 39", "+32  53 72", "+32 53 72 ", "053 72 39 47", "+32 53 7a"] {
            #expect(!Validator.isValidIntlPhone(bad), "\(bad)")
        }
        #expect(PhoneNumber.digits(ofWritten: " +32 53 72 39 47") == "53723947")
        #expect(PhoneNumber.digits(ofWritten: "0493/41.52.75") == "493415275")
    }
}
