// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import "../src/IHub.sol";

/// @notice Test dapp: records the last result the hub delivered.
contract GoodConsumer is IOracleConsumer {
    address public immutable hub;
    bytes32 public lastTask;
    bytes public lastResult;
    uint256 public received;

    constructor(address hub_) {
        hub = hub_;
    }

    function receiveResult(bytes32 taskid, bytes calldata result) external {
        require(msg.sender == hub, "consumer: not the hub");
        lastTask = taskid;
        lastResult = result;
        received++;
    }
}

/// @notice Test dapp whose callback always reverts.
contract RevertingConsumer is IOracleConsumer {
    function receiveResult(bytes32, bytes calldata) external pure {
        revert("consumer: refusing the result");
    }
}

/// @notice Test dapp whose callback burns all the gas it is given.
contract GasBurner is IOracleConsumer {
    uint256 public counter;

    function receiveResult(bytes32, bytes calldata) external {
        while (true) {
            counter++;
        }
    }
}
