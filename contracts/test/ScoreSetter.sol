// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import "../src/HubBase.sol";

/// @notice Test-only first module: lets tests give workers a score (the consensus examples
///         need scores of 100 and more, which would take hundreds of tasks to earn), and
///         delegates everything else to the real module chain. Never deployed outside tests.
contract ScoreSetter is HubBase {
    address private immutable _next;

    constructor(address next) {
        _next = next;
    }

    function testSetScore(address worker, uint256 score) external {
        _scores[worker] = score;
        emit ScoreUpdated(worker, score);
    }

    fallback() external {
        _delegate(_next);
    }
}
